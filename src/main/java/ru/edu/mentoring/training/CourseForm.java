package ru.edu.mentoring.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A training course as the form binds it: title (ДПП), provider, hours, dates, the document and its number (the file comes as its own part). */
public class CourseForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String title;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String provider;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{course.hours.invalid}")
    @Max(value = 2000, message = "{course.hours.invalid}")
    private Integer hours;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @NotNull(message = "{validation.required}")
    private DocType docType = DocType.PK_CERTIFICATE;

    @Size(max = 100, message = "{validation.tooLong}")
    @PlainText
    private String docNumber;

    Trainings.NewCourse command(String fileName, byte[] file) {
        return new Trainings.NewCourse(title, provider, hours, startDate, endDate, docType, docNumber, fileName, file);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public DocType getDocType() {
        return docType;
    }

    public void setDocType(DocType docType) {
        this.docType = docType;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

}

package ru.edu.mentoring.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A pair or group as the curator registers it. School, status and id never come from the form. */
public class PairForm extends PairFormFields {

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate plannedEnd;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String goal;

    @Size(max = 50, message = "{validation.tooLong}")
    @PlainText
    private String orderNumber;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate orderDate;

    private long version;

    public PairForm() {}

    public PairForm(Long formId, Long variationId, Long mentorId, Set<Long> menteeIds, TeacherFormat teacherFormat,
            LocalDate startDate, LocalDate plannedEnd, String goal) {
        this.formId = formId;
        this.variationId = variationId;
        this.mentorId = mentorId;
        this.menteeIds = new LinkedHashSet<>(menteeIds);
        this.teacherFormat = teacherFormat;
        this.startDate = startDate;
        this.plannedEnd = plannedEnd;
        this.goal = goal;
    }

    /** The form's values as the command the pairing services take. */
    public PairCommand toCommand() {
        return new PairCommand(formId, variationId, mentorId, menteeIds, teacherFormat, startDate, plannedEnd, goal,
                orderNumber, orderDate, token);
    }

    static PairForm of(MentoringPair p) {
        PairForm f = new PairForm(p.getFormId(), p.getVariationId(), p.getMentorId(), p.getMenteeIds(),
                p.getTeacherFormat(), p.getStartDate(), p.getPlannedEnd(), p.getGoal());
        f.orderNumber = p.getOrderNumber();
        f.orderDate = p.getOrderDate();
        f.version = p.getVersion();
        return f;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package ru.edu.mentoring.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/**
 * Appointment of a school's curator by an order: who, order number and date; optionally the previous curator stays as
 * a deputy, by an order of its own.
 */
class CuratorForm {

    private Long userId;

    /** A new curator's e-mail address: their account is found or created with the appointment. */
    @jakarta.validation.constraints.Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String email;

    /** A new curator's full name, for an account created with the appointment. */
    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    @jakarta.validation.constraints.Pattern(regexp = PlainText.PERSON_NAME, message = "{validation.personName}")
    private String newFullName;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNewFullName() {
        return newFullName;
    }

    public void setNewFullName(String newFullName) {
        this.newFullName = newFullName;
    }

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.tooLong}")
    @PlainText
    private String orderNumber;

    @NotNull(message = "{validation.date}")
    @PastOrPresent(message = "{curator.orderDate.future}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate orderDate;

    private boolean keepPreviousAsDeputy;

    @Size(max = 50, message = "{validation.tooLong}")
    @PlainText
    private String deputyOrderNumber;

    @PastOrPresent(message = "{curator.orderDate.future}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate deputyOrderDate;

    public boolean isKeepPreviousAsDeputy() {
        return keepPreviousAsDeputy;
    }

    public void setKeepPreviousAsDeputy(boolean keepPreviousAsDeputy) {
        this.keepPreviousAsDeputy = keepPreviousAsDeputy;
    }

    public String getDeputyOrderNumber() {
        return deputyOrderNumber;
    }

    public void setDeputyOrderNumber(String deputyOrderNumber) {
        this.deputyOrderNumber = deputyOrderNumber;
    }

    public LocalDate getDeputyOrderDate() {
        return deputyOrderDate;
    }

    public void setDeputyOrderDate(LocalDate deputyOrderDate) {
        this.deputyOrderDate = deputyOrderDate;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
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
}

package ru.edu.mentoring.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** The forms of the password pages; each is bound with its allowed fields only. */
final class PasswordForms {

    private PasswordForms() {}

    /** «Сменить пароль»: the current password and the new one twice. */
    static class Own {

        @Size(max = 200, message = "{validation.tooLong}")
        private String currentPassword;

        @Size(max = 200, message = "{validation.tooLong}")
        @PlainText
        private String newPassword;

        @Size(max = 200, message = "{validation.tooLong}")
        @PlainText
        private String repeatPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeatPassword() {
            return repeatPassword;
        }

        public void setRepeatPassword(String repeatPassword) {
            this.repeatPassword = repeatPassword;
        }
    }

    /** A forgotten password: the e-mail address of the account. */
    static class Forgot {

        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 200, message = "{validation.tooLong}")
        @PlainText
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    /** Setting a password through a link: the link's token travels in a hidden field. */
    static class SetByLink {

        @Size(max = 100, message = "{validation.tooLong}")
        @PlainText
        private String token;

        @Size(max = 200, message = "{validation.tooLong}")
        @PlainText
        private String newPassword;

        @Size(max = 200, message = "{validation.tooLong}")
        @PlainText
        private String repeatPassword;

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeatPassword() {
            return repeatPassword;
        }

        public void setRepeatPassword(String repeatPassword) {
            this.repeatPassword = repeatPassword;
        }
    }
}

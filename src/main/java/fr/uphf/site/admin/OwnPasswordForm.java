package fr.uphf.site.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member of staff's new password, with their current one and the new one typed twice. */
record OwnPasswordForm(
        @NotBlank String current,
        @NotBlank @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200) String newPassword,
        @NotBlank String confirmation) {

    static OwnPasswordForm empty() {
        return new OwnPasswordForm("", "", "");
    }

    boolean confirmed() {
        return newPassword.equals(confirmation);
    }
}

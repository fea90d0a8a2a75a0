package fr.uphf.site.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password for an account. */
public record PasswordForm(@NotBlank @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200) String password) {
}

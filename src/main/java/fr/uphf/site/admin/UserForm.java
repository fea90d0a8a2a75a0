package fr.uphf.site.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new staff account as typed by an administrator. */
public record UserForm(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-zA-Z0-9._-]*", message = "{admin.user.username.pattern}")
        String username,
        @NotNull Role role,
        @NotBlank @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200) String password) {

    public static UserForm empty() {
        return new UserForm("", Role.EDITOR, "");
    }
}

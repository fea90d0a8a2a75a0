package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.beans.Introspector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every Bean Validation constraint of a form (a class named …Form) has its French message in the bundle — by its
 * code, {@code Size.userForm.password}, or by its own {@code {key}} — never the validator's default text.
 */
@SiteTest
class ValidationMessagesTest {

    private static final Pattern KEY = Pattern.compile("\\{([^}]+)}");

    @Autowired
    Validator validator;

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    private boolean inBundle(String key) {
        return messages.getMessage(key, null, null, Locale.FRENCH) != null;
    }

    @Test
    void everyConstraintOfAFormHasAFrenchMessage() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Form"));
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (BeanDefinition form : scanner.findCandidateComponents("fr.uphf.site")) {
            Class<?> type = Class.forName(form.getBeanClassName());
            String objectName = Introspector.decapitalize(type.getSimpleName());
            for (PropertyDescriptor property : validator.getConstraintsForClass(type).getConstrainedProperties()) {
                for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                    String code = constraint.getAnnotation().annotationType().getSimpleName() + "." + objectName + "."
                            + property.getPropertyName();
                    Matcher key = KEY.matcher(constraint.getMessageTemplate());
                    checked.add(code);
                    if (!inBundle(code) && !(key.matches() && inBundle(key.group(1)))) {
                        missing.add(code);
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(30).contains("Size.userForm.password", "NotBlank.pageForm.title",
                "Min.stayForm.jours", "NotNull.orientationForm.profil");
        assertThat(missing).isEmpty();
    }

    @Test
    void aTooShortPasswordIsExplainedInFrench() throws Exception {
        String html = mvc.perform(post("/admin/comptes").with(Staff.admin()).with(csrf())
                        .param("username", "nouvelle.redactrice").param("role", "EDITOR").param("password", "court"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#password-error").text())
                .isEqualTo("Le mot de passe compte de 12 à 200 caractères.");
    }
}

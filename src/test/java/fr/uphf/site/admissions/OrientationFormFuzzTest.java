package fr.uphf.site.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.uphf.site.shared.FormBinding;
import org.springframework.validation.BindingResult;

/** « Où candidater ? » bound and checked as the page and the API do: whatever is sent, an error or a question. */
class OrientationFormFuzzTest {

    private static final OrientationFormValidator VALIDATOR = new OrientationFormValidator(FormBinding.validator());
    private static final List<String> FIELDS = List.of("diplome", "annee", "apprentissage", "profil", "residenceFrance");
    private static final List<String> PLAUSIBLE = List.of("LICENCE", "MASTER", "BUT", "INGENIEUR", "LYCEEN",
            "ETUDIANT", "DOCTORAT", "LICENCE_PRO", "INTERNATIONAL", "true", "false", "on", "1", "5", "6", "0", "-2147483648",
            "99999999999", "");

    @FuzzTest(maxDuration = "2m")
    void anyParametersAreAnErrorOfTheFormOrAQuestion(FuzzedDataProvider data) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (data.consumeBoolean()) {
                parameters.put(field, data.consumeBoolean() ? data.pickValue(PLAUSIBLE) : data.consumeString(30));
            }
        }
        OrientationForm form = new OrientationForm();
        BindingResult errors = FormBinding.bind(form, OrientationForm.NAME, parameters);
        VALIDATOR.validate(form, errors);
        if (!errors.hasErrors()) {
            OrientationQuestion question = form.toQuestion();
            assertThat(form.getAnnee()).isBetween(1, form.getDiplome().years());
            assertThat(question).isNotNull();
        }
    }
}

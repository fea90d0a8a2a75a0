package fr.uphf.site.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** What the JSON APIs answer to one missing or invalid parameter: a 400 that names it and says why. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static ResultMatcher oneBadParameter(String parameter, String message) {
        ResultMatcher[] all = {
                status().isBadRequest(),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON),
                jsonPath("$.statut").value(400),
                jsonPath("$.message", containsString(parameter + " : ")),
                jsonPath("$.erreurs", hasSize(1)),
                jsonPath("$.erreurs[0].parametre").value(parameter),
                jsonPath("$.erreurs[0].message", containsString(message))};
        return result -> {
            for (ResultMatcher matcher : all) {
                matcher.match(result);
            }
        };
    }
}

package fr.uphf.site.web;

import java.util.List;

/**
 * The one shape of every error the JSON API answers, whatever went wrong: the HTTP status, a sentence in French, and
 * the wrong parameters when there are some (an empty list otherwise).
 */
record ApiError(int statut, String message, List<ParameterError> erreurs) {

    /** One wrong parameter and what is wrong with it. */
    record ParameterError(String parametre, String message) {
    }

    ApiError(int statut, String message) {
        this(statut, message, List.of());
    }
}

package fr.uphf.site.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one shape of every error the JSON API answers, whatever went wrong: the HTTP status, a sentence in French, and
 * the wrong parameters when there are some (an empty list otherwise); a server error adds the reference under which
 * it was logged, for the client to quote.
 */
record ApiError(int statut, String message, List<ParameterError> erreurs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reference) {

    /** One wrong parameter and what is wrong with it. */
    record ParameterError(String parametre, String message) {
    }

    ApiError(int statut, String message, List<ParameterError> erreurs) {
        this(statut, message, erreurs, null);
    }
}

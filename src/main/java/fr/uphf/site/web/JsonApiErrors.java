package fr.uphf.site.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.uphf.site.shared.JsonApi;
import fr.uphf.site.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Missing or invalid parameters of a {@link JsonApi} controller: a 400 whose body says, in French, which parameter
 * is wrong and why, in the shape of every API error ({@link ApiError}; the others come from {@link SiteErrorController}).
 */
@RestControllerAdvice(annotations = JsonApi.class)
class JsonApiErrors {

    private final MessageSource messages;

    JsonApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> invalidParameters(BindException exception) {
        Map<String, String> firstErrorByField = new LinkedHashMap<>();
        for (FieldError error : exception.getFieldErrors()) {
            firstErrorByField.putIfAbsent(error.getField(), messages.getMessage(error, Language.current().locale()));
        }
        List<ApiError.ParameterError> errors = firstErrorByField.entrySet().stream()
                .map(entry -> new ApiError.ParameterError(entry.getKey(), entry.getValue()))
                .toList();
        String summary = errors.stream()
                .map(error -> error.parametre() + " : " + error.message())
                .collect(Collectors.joining(" "));
        String message = messages.getMessage("api.error.parameters", new Object[] {summary}, Language.current().locale());
        // JSON whatever the client accepts: a client asking for HTML still gets the 400, not a 500 for lack of a format.
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(HttpStatus.BAD_REQUEST.value(), message, errors));
    }
}

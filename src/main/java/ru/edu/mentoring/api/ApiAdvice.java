package ru.edu.mentoring.api;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import ru.edu.mentoring.shared.NotFoundException;

/** The API's refusals in JSON with a Russian message (the portal's advice renders pages). */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiAdvice {

    /** A request the API cannot answer: its message key. */
    static final class BadRequest extends RuntimeException {
        final String key;

        BadRequest(String key) {
            super(key);
            this.key = key;
        }
    }

    private final MessageSource messages;

    ApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiSecurity.ApiError> notFound() {
        return error(HttpStatus.NOT_FOUND, "api.error.notFound");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiSecurity.ApiError> forbidden() {
        return error(HttpStatus.FORBIDDEN, "api.error.scope");
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ApiSecurity.ApiError> badRequest(BadRequest e) {
        return error(HttpStatus.BAD_REQUEST, e.key);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiSecurity.ApiError> badParameter() {
        return error(HttpStatus.BAD_REQUEST, "api.error.parameter");
    }

    private ResponseEntity<ApiSecurity.ApiError> error(HttpStatus status, String key) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiSecurity.ApiError(
                status.value(), messages.getMessage(key, null, key, Locale.forLanguageTag("ru"))));
    }
}

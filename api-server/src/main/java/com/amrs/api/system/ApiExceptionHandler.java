package com.amrs.api.system;

import com.amrs.core.validation.FieldViolation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error as an RFC 9457 problem detail with a stable {@code type} ({@link ProblemType}) and,
 * for invalid input, an {@code errors} list of {@code {field, message}}. Nothing internal leaks.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    @ExceptionHandler(ApiException.class)
    ProblemDetail handleApi(ApiException ex) {
        return problem(ex.type(), ex.getMessage(), ex.errors());
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ProblemDetail handleDatabase(RuntimeException ex) {
        log.warn("Database unavailable: {}", ex.getMessage());
        return problem(ProblemType.DATABASE_UNAVAILABLE, "The database is unavailable; try again later.", List.of());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail handleUnexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return problem(ProblemType.INTERNAL_ERROR, "An unexpected error occurred.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldViolation(
                        error instanceof FieldError field ? snakeCase(field.getField()) : error.getObjectName(),
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        return badRequest(ProblemType.INVALID_REQUEST, "The request is invalid; nothing was stored.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldViolation(
                                snakeCase(result.getMethodParameter().getParameterName()),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return badRequest(ProblemType.INVALID_REQUEST, "The request parameters are invalid.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : snakeCase(ex.getPropertyName());
        var error = new FieldViolation(
                field, "must be " + expected(ex.getRequiredType()) + ", was '" + ex.getValue() + "'");
        return badRequest(ProblemType.INVALID_REQUEST, "The request parameters are invalid.", List.of(error));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = List.of();
        if (ex.getMostSpecificCause() instanceof JacksonException json
                && !json.getPath().isEmpty()) {
            String field = json.getPath().getLast().getPropertyName();
            if (field != null) {
                errors = List.of(new FieldViolation(field, "has a value of the wrong type or format"));
            }
        }
        return badRequest(
                ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape.", errors);
    }

    /** Gives the problems Spring MVC raises itself (404, 405, 415, …) a stable type too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail detail
                && (detail.getType() == null || ABOUT_BLANK.equals(detail.getType()))) {
            detail.setType(ProblemType.forStatus(statusCode.value()).uri());
        }
        return response;
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        return type == null
                ? "a valid value"
                : "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static ResponseEntity<Object> badRequest(ProblemType type, String detail, List<FieldViolation> errors) {
        return ResponseEntity.badRequest().body(problem(type, detail, errors));
    }

    static ProblemDetail problem(ProblemType type, String detail, List<FieldViolation> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    static String snakeCase(String name) {
        return CAMEL_HUMP.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}

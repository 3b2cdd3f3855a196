package ru.edu.mentoring.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Maps domain failures to the Russian error pages; no stack trace ever reaches the user. */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler({StaleVersionException.class, ObjectOptimisticLockingFailureException.class})
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }

    /**
     * A malformed id in the address is a page that does not exist (404); a malformed form field sent as a request
     * parameter (an impossible date, a number too long, an unknown option) is the user's input: 400 with the
     * Russian message for the field's type.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badValue(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        if (e.getParameter().hasParameterAnnotation(RequestParam.class)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldMessage", typeMessage(e.getRequiredType()));
            return "error/400";
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    /** A control character (NUL) in the address's parameters: 400 with a Russian message, never a 500. */
    @ExceptionHandler(ControlCharacterGuard.BadParameterException.class)
    String controlCharacter(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("fieldMessage", "error.400.controlCharacter");
        return "error/400";
    }

    private static String typeMessage(Class<?> type) {
        if (type == null) {
            return "typeMismatch";
        }
        if (type == java.time.LocalDate.class) {
            return "typeMismatch.java.time.LocalDate";
        }
        if (type == Integer.class || type == int.class) {
            return "typeMismatch.java.lang.Integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "typeMismatch.java.lang.Boolean";
        }
        return "typeMismatch";
    }
}

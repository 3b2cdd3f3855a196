package ru.edu.mentoring.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Maps domain failures to the Russian error pages; no stack trace ever reaches the user. */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler({StaleVersionException.class, ObjectOptimisticLockingFailureException.class})
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badId(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}

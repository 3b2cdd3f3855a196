package ru.edu.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import ru.edu.mentoring.shared.StaleVersionException;

/** Maps domain failures to the Russian error pages; no stack trace ever reaches the user. */
@ControllerAdvice
class ErrorAdvice {

    /** The request attribute holding the model of the handler method being run (see {@link #exposeModel}). */
    private static final String POSTED_MODEL = ErrorAdvice.class.getName() + ".model";

    /**
     * Keeps a reference to the handler method's model (the same object the method fills: the posted form, its
     * binding result, the page's attributes), so that {@link #conflict} can show the form again.
     */
    @ModelAttribute
    void exposeModel(Model model, HttpServletRequest request) {
        request.setAttribute(POSTED_MODEL, model);
    }

    /**
     * A stale save. On a method marked {@link StaleVersionForm}: its form again with status 409, the conflict
     * notice, the user's input and the current version; elsewhere (a button without typed input): the 409 page. JPA's
     * own exceptions too: a flush just before the commit (monitoring's read model flushes the changes it follows) is
     * not translated by Spring's repository proxies.
     */
    @ExceptionHandler({StaleVersionException.class, ObjectOptimisticLockingFailureException.class,
            jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    String conflict(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        HandlerMethod handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
                instanceof HandlerMethod h ? h : null;
        StaleVersionForm form = handler == null ? null : handler.getMethodAnnotation(StaleVersionForm.class);
        if (form != null && request.getAttribute(POSTED_MODEL) instanceof Model posted) {
            StaleVersionPage.prepare(posted);
            model.addAllAttributes(posted.asMap());
            model.addAttribute("conflict", true);
            if (e instanceof StaleVersionException stale && stale.currentVersion() != null) {
                Object target = formObject(handler, model);
                if (target != null) {
                    BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(target);
                    if (bean.isWritableProperty("version")) {
                        bean.setPropertyValue("version", stale.currentVersion());
                    }
                }
            }
            return form.value();
        }
        return "error/409";
    }

    /** The posted form: the handler method's {@code @ModelAttribute} parameter as bound. */
    private static Object formObject(HandlerMethod handler, Model model) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                return model.getAttribute(ModelFactory.getNameForParameter(parameter));
            }
        }
        return null;
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

package ru.edu.mentoring.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that saves a versioned form. When the save throws {@link StaleVersionException} (or JPA's
 * optimistic lock failure), {@code ErrorAdvice} shows the named view again with status 409 instead of the 409 page:
 * the model the method had built before the save (the posted form as typed, with its binding result, and whatever
 * the page needs, so add those before calling the service), {@code conflict = true} (the notice of
 * {@code fragments/ui :: conflict}) and the form's {@code version} set to the record's current version, so that a
 * second save after comparing is the user's deliberate choice. No catch block in the controller:
 *
 * <pre>{@code
 * @PostMapping("/acts/{id}")
 * @StaleVersionForm("documents/act-form")
 * String update(@PathVariable long id, @Valid @ModelAttribute("actForm") ActForm form, BindingResult errors, ...) {
 *     model.addAttribute("act", documents.act(user, id));   // the page's data first
 *     if (errors.hasErrors()) {
 *         return "documents/act-form";
 *     }
 *     documents.updateAct(user, id, command);                // may throw StaleVersionException
 *     ...
 * }
 * }</pre>
 *
 * The form is the method's {@code @ModelAttribute} parameter. Where the page is costly or audited to build, hand
 * over how to build it with {@link StaleVersionPage#onConflict} instead of building it before every save.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface StaleVersionForm {

    /** The form's view: the one the method returns when validation fails. */
    String value();
}

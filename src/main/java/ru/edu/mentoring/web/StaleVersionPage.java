package ru.edu.mentoring.web;

import org.springframework.ui.Model;

/**
 * For a {@link StaleVersionForm} method whose page is costly or audited to build (a report's figures, a pair form
 * that records which minors it shows): instead of filling the model before the save, the method hands over how to
 * fill it, and {@code ErrorAdvice} runs that only when the save is refused as stale.
 *
 * <pre>{@code
 * if (errors.hasErrors()) {
 *     return page(reports.view(user, id), user, model);
 * }
 * StaleVersionPage.onConflict(model, () -> page(reports.view(user, id), user, model));
 * reports.editTexts(...);   // may throw StaleVersionException
 * }</pre>
 */
public final class StaleVersionPage {

    /** The model attribute holding the preparation; removed before the page is rendered. */
    static final String ATTRIBUTE = StaleVersionPage.class.getName();

    private StaleVersionPage() {}

    /** {@code prepare} fills {@code model} with what the form's view needs; it runs only after a stale save. */
    public static void onConflict(Model model, Runnable prepare) {
        model.addAttribute(ATTRIBUTE, prepare);
    }

    static void prepare(Model posted) {
        if (posted.getAttribute(ATTRIBUTE) instanceof Runnable prepare) {
            posted.asMap().remove(ATTRIBUTE);
            prepare.run();
        }
    }
}

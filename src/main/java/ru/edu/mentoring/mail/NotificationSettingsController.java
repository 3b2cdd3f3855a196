package ru.edu.mentoring.mail;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.notifications.NotificationKind;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.StaleVersionPage;

/**
 * «Уведомления»: every signed-in user chooses, per kind of notification, the bell only, a letter at once or the daily
 * digest. Only their own settings: the user is the signed-in one, never a parameter.
 */
@Controller
@RequestMapping("/settings/notifications")
class NotificationSettingsController {

    private final MailPreferences preferences;
    private final MailDelivery delivery;

    NotificationSettingsController(MailPreferences preferences, MailDelivery delivery) {
        this.preferences = preferences;
        this.delivery = delivery;
    }

    @InitBinder("settingsForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("kinds", "choices", "version");
    }

    @GetMapping
    String show(CurrentUser user, Model model) {
        MailPreferences.Settings settings = preferences.of(user.id());
        NotificationSettingsForm form = new NotificationSettingsForm();
        settings.choices().forEach((kind, choice) -> {
            form.getKinds().add(kind.name());
            form.getChoices().add(choice);
        });
        form.setVersion(settings.version());
        model.addAttribute("settingsForm", form);
        return page(model);
    }

    @PostMapping
    @StaleVersionForm("mail/settings")
    String save(@ModelAttribute("settingsForm") NotificationSettingsForm form, BindingResult binding,
            CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<NotificationKind, DeliveryChoice> choices = new EnumMap<>(NotificationKind.class);
        boolean unknown = form.getKinds().size() != form.getChoices().size();
        for (int i = 0; !unknown && i < form.getKinds().size(); i++) {
            NotificationKind kind = kind(form.getKinds().get(i));
            DeliveryChoice choice = form.getChoices().get(i);
            if (kind == null || choice == null || choices.containsKey(kind)) {
                unknown = true;
            } else {
                choices.put(kind, choice);
            }
        }
        if (binding.hasErrors() || unknown || form.getVersion() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", true);
            keepKnownKinds(form);
            return page(model);
        }
        // a stale save: the page again with the choices made and the current version (web.ErrorAdvice)
        StaleVersionPage.onConflict(model, () -> page(model));
        preferences.save(user.id(), choices, form.getVersion());
        redirect.addFlashAttribute("flashSuccess", "mail.settings.saved");
        return "redirect:/settings/notifications";
    }

    private String page(Model model) {
        model.addAttribute("kinds", List.of(NotificationKind.values()));
        model.addAttribute("choices", List.of(DeliveryChoice.values()));
        model.addAttribute("mailConfigured", delivery.configured());
        return "mail/settings";
    }

    /** After a refused post: the form shows every kind once, with a valid choice. */
    private static void keepKnownKinds(NotificationSettingsForm form) {
        List<String> kinds = new java.util.ArrayList<>();
        List<DeliveryChoice> kept = new java.util.ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            DeliveryChoice c = null;
            try {
                c = form.choiceOf(kind.name());
            } catch (RuntimeException ignored) {
                // a refused value: the default instead
            }
            kinds.add(kind.name());
            kept.add(c == null ? DeliveryChoice.IMMEDIATE : c);
        }
        form.setKinds(kinds);
        form.setChoices(kept);
    }

    private static NotificationKind kind(String name) {
        for (NotificationKind k : NotificationKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }
}

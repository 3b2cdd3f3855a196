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
import ru.edu.mentoring.shared.StaleVersionException;

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
        binder.setAllowedFields("choices*", "version");
    }

    @GetMapping
    String show(CurrentUser user, Model model) {
        MailPreferences.Settings settings = preferences.of(user.id());
        NotificationSettingsForm form = new NotificationSettingsForm();
        settings.choices().forEach((kind, choice) -> form.getChoices().put(kind.name(), choice));
        form.setVersion(settings.version());
        model.addAttribute("settingsForm", form);
        return page(model);
    }

    @PostMapping
    String save(@ModelAttribute("settingsForm") NotificationSettingsForm form, BindingResult binding,
            CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<NotificationKind, DeliveryChoice> choices = new EnumMap<>(NotificationKind.class);
        boolean unknown = false;
        for (Map.Entry<String, DeliveryChoice> e : form.getChoices().entrySet()) {
            NotificationKind kind = kind(e.getKey());
            if (kind == null || e.getValue() == null) {
                unknown = true;
            } else {
                choices.put(kind, e.getValue());
            }
        }
        if (binding.hasErrors() || unknown || form.getVersion() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", true);
            keepKnownKinds(form);
            return page(model);
        }
        try {
            preferences.save(user.id(), choices, form.getVersion());
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            form.setVersion(preferences.of(user.id()).version());
            return page(model);
        }
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
        Map<String, DeliveryChoice> kept = new java.util.LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            DeliveryChoice c = form.getChoices().get(kind.name());
            kept.put(kind.name(), c == null ? DeliveryChoice.IMMEDIATE : c);
        }
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

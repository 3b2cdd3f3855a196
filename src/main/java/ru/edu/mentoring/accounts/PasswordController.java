package ru.edu.mentoring.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The password pages: «Сменить пароль» for every signed-in user (the current password required), and, without a
 * login, a forgotten password (a link by e-mail; the answer is the same whether or not the address is known) and
 * setting a password through a link. All are throttled like the login ({@link PasswordThrottle}).
 */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final PasswordThrottle throttle;

    PasswordController(Accounts accounts, PasswordThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @InitBinder("own")
    void ownFields(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "repeatPassword");
    }

    @InitBinder("forgot")
    void forgotFields(WebDataBinder binder) {
        binder.setAllowedFields("email");
    }

    @InitBinder("setByLink")
    void setFields(WebDataBinder binder) {
        binder.setAllowedFields("token", "newPassword", "repeatPassword");
    }

    // --- own password --------------------------------------------------------------------------------------------

    @GetMapping("/account/password")
    String ownForm(Model model) {
        model.addAttribute("own", new PasswordForms.Own());
        return ownPage(model);
    }

    @PostMapping("/account/password")
    String changeOwn(@Valid @ModelAttribute("own") PasswordForms.Own form, BindingResult errors, CurrentUser user,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String address = request.getRemoteAddr();
        if (throttle.blocked(address, user.username())) {
            return throttled(response, model, ownPage(model));
        }
        if (!errors.hasErrors() && !Objects.equals(form.getNewPassword(), form.getRepeatPassword())) {
            errors.rejectValue("repeatPassword", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return ownPage(model);
        }
        HttpSession session = request.getSession(false);
        String[] problem = new String[1];
        Accounts.OwnChange result = accounts.changeOwnPassword(user.id(), form.getCurrentPassword(),
                form.getNewPassword(), session == null ? null : session.getId(), problem);
        switch (result) {
            case WRONG_CURRENT -> {
                throttle.failed(address, user.username());
                errors.rejectValue("currentPassword", "password.current.wrong");
                return ownPage(model);
            }
            case RULES -> {
                errors.rejectValue("newPassword", problem[0], new Object[] {PasswordPolicy.MIN_LENGTH}, null);
                return ownPage(model);
            }
            default -> {
                redirect.addFlashAttribute("flashSuccess", "password.changed");
                return "redirect:/account/password";
            }
        }
    }

    private String ownPage(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/password-own";
    }

    // --- forgotten password --------------------------------------------------------------------------------------

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("forgot", new PasswordForms.Forgot());
        return "accounts/password-forgot";
    }

    /** Every request counts against the address and the e-mail address (each may send a letter). */
    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("forgot") PasswordForms.Forgot form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String address = request.getRemoteAddr();
        String email = errors.hasFieldErrors("email") ? null : form.getEmail().strip();
        if (throttle.blocked(address, email)) {
            return throttled(response, model, "accounts/password-forgot");
        }
        if (errors.hasErrors()) {
            return "accounts/password-forgot";
        }
        throttle.failed(address, email);
        accounts.requestReset(email);
        return "redirect:/password/forgot?sent";
    }

    // --- setting a password through a link --------------------------------------------------------------------------

    @GetMapping("/password/set")
    String setForm(@RequestParam(defaultValue = "") String token, Model model) {
        PasswordForms.SetByLink form = new PasswordForms.SetByLink();
        boolean usable = token.length() <= 100 && accounts.linkUsable(token);
        form.setToken(usable ? token : "");
        model.addAttribute("setByLink", form);
        model.addAttribute("linkInvalid", !usable);
        return setPage(model);
    }

    @PostMapping("/password/set")
    String setByLink(@Valid @ModelAttribute("setByLink") PasswordForms.SetByLink form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String address = request.getRemoteAddr();
        model.addAttribute("linkInvalid", false);
        if (throttle.blocked(address, null)) {
            return throttled(response, model, setPage(model));
        }
        if (!errors.hasErrors() && !Objects.equals(form.getNewPassword(), form.getRepeatPassword())) {
            errors.rejectValue("repeatPassword", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return setPage(model);
        }
        Optional<String> problem = accounts.setPasswordByLink(form.getToken(), form.getNewPassword());
        if (problem.isEmpty()) {
            return "redirect:/login?passwordSet";
        }
        if (problem.get().equals("password.link.invalid")) {
            if (form.getToken() != null && !form.getToken().isBlank()) {
                throttle.failed(address, null);
            }
            model.addAttribute("linkInvalid", true);
            return setPage(model);
        }
        errors.rejectValue("newPassword", problem.get(), new Object[] {PasswordPolicy.MIN_LENGTH}, null);
        return setPage(model);
    }

    private String setPage(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/password-set";
    }

    private static String throttled(HttpServletResponse response, Model model, String view) {
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        model.addAttribute("throttled", true);
        return view;
    }
}

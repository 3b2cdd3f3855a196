package ru.edu.mentoring.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.pairing.Pairing;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.PlainText;

/**
 * The order fixing mentoring pairs and groups (приказ о закреплении): the curator picks active pairs without an order,
 * gives the order's number and date; the order is rendered as a PDF, filed in the register (not published: it names
 * students) and the pairs get its number and date.
 */
@Controller
@RequestMapping("/documents/school/{id}/pair-order")
class PairOrderController {

    static final int MAX_NUMBER = 50;

    private final Schools schools;
    private final Pairing pairing;
    private final PairingService pairingService;
    private final Documents documents;
    private final PairOrders orders;
    private final ru.edu.mentoring.audit.AuditLog audit;
    private final org.springframework.context.MessageSource messages;

    PairOrderController(Schools schools, Pairing pairing, PairingService pairingService, Documents documents,
            PairOrders orders, org.springframework.context.MessageSource messages,
            ru.edu.mentoring.audit.AuditLog audit) {
        this.audit = audit;
        this.messages = messages;
        this.schools = schools;
        this.pairing = pairing;
        this.pairingService = pairingService;
        this.documents = documents;
        this.orders = orders;
    }

    @GetMapping
    String form(@PathVariable long id, CurrentUser user, Model model) {
        return page(schools.editable(user, id), model, List.of(), null, documents.today(), null);
    }

    @PostMapping
    @Transactional
    String issue(@PathVariable long id, @RequestParam(required = false) List<Long> pairIds,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, id);
        List<Long> chosen = pairIds == null ? List.of() : pairIds;
        String error = chosen.isEmpty() ? "pairOrder.error.none"
                : number == null || number.isBlank() || date == null ? "pairOrder.error.numberDate"
                : number.strip().length() > MAX_NUMBER ? "pairOrder.error.numberTooLong"
                : PlainText.Rules.problem(number, false).orElse(null);
        List<Pairing.PairLine> selected = pairing.activePairsWithoutOrder(id).stream()
                .filter(p -> chosen.contains(p.id())).toList();
        if (error == null && selected.size() != chosen.size()) {
            error = "pairOrder.error.changed";
        }
        if (error != null) {
            return page(school, model, chosen, number, date, error);
        }
        String n = number.strip();
        if (pairingService.fixByOrder(id, chosen, n, date) != selected.size()) {
            return page(school, model, chosen, number, date, "pairOrder.error.changed");
        }
        byte[] bytes = orders.render(school, n, date, selected);
        String title = messages.getMessage("pairOrder.document.title",
                new Object[] {date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), n}, locale);
        String fileName = messages.getMessage("pairOrder.document.file",
                new Object[] {n.replaceAll("[^\\p{L}\\p{N}\\-]", "_")}, locale);
        long documentId = documents.file(id, DocumentKind.PAIRS_ORDER, title, fileName, bytes, false,
                user.fullName());
        orders.link(documentId, chosen);
        redirect.addFlashAttribute("flashSuccess", "pairOrder.issued");
        return "redirect:/documents/school/" + id;
    }

    private String page(SchoolSummary school, Model model, List<Long> chosen, String number, LocalDate date,
            String error) {
        model.addAttribute("school", school);
        List<Pairing.PairLine> pairs = pairing.activePairsWithoutOrder(school.id());
        audit.recordRead("VIEW", "PairOrderForm", school.id(), school.id(),
                pairs.isEmpty() ? List.of() : pairing.minorParticipants(pairs.stream().map(Pairing.PairLine::id)
                        .toList()));
        model.addAttribute("pairs", pairs);
        model.addAttribute("chosen", chosen);
        model.addAttribute("number", number);
        model.addAttribute("date", date);
        model.addAttribute("error", error);
        return "documents/pair-order";
    }
}

package ru.edu.mentoring.home;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.monitoring.BelowTarget;
import ru.edu.mentoring.pairing.Pairing;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.reports.Reports;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/** The start page: each role sees its own. */
@Controller
class HomeController {

    private final Schools schools;
    private final Pairing pairing;
    private final java.time.Clock clock;
    private final Roadmaps roadmaps;
    private final Reports reports;
    private final Campaigns campaigns;
    private final BelowTarget belowTarget;

    private final ru.edu.mentoring.audit.AuditLog audit;
    private final ru.edu.mentoring.meetings.Meetings meetings;

    /** How many of the practices waiting for moderation the methodologist's start page lists. */
    static final int AWAITING_SHOWN = 5;

    private ru.edu.mentoring.practices.Practices practices;

    @org.springframework.beans.factory.annotation.Autowired
    void setPractices(ru.edu.mentoring.practices.Practices practices) {
        this.practices = practices;
    }

    HomeController(Schools schools, Pairing pairing, java.time.Clock clock, ru.edu.mentoring.audit.AuditLog audit,
            Roadmaps roadmaps, Reports reports, Campaigns campaigns, BelowTarget belowTarget,
            ru.edu.mentoring.meetings.Meetings meetings) {
        this.meetings = meetings;
        this.audit = audit;
        this.schools = schools;
        this.pairing = pairing;
        this.clock = clock;
        this.roadmaps = roadmaps;
        this.reports = reports;
        this.campaigns = campaigns;
        this.belowTarget = belowTarget;
    }

    /** A school on the curator's or head's home page: what is missing there. */
    record SchoolCard(SchoolSummary school, Pairing.Gaps gaps, List<Participant> waiting, Integer studentCount) {}

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        if (user.has(Role.ADMIN)) {
            return "redirect:/admin/users";
        }
        if (user.has(Role.REGION) || user.has(Role.DEPARTMENT) || user.has(Role.METHODOLOGIST)) {
            model.addAttribute("municipalities", schools.municipalities(user));
        }
        if (user.has(Role.REGION)) {
            return "home/region";
        }
        List<SchoolSummary> visible = schools.visibleTo(user);
        model.addAttribute("schools", visible);
        model.addAttribute("withoutCurator", visible.stream().filter(s -> !s.hasCurator()).toList());
        if (user.has(Role.DEPARTMENT)) {
            // what waits for the department: each list links to the page where it decides
            model.addAttribute("waitingRoadmaps", roadmaps.submitted(user));
            model.addAttribute("waitingReports", reports.submitted(user));
            model.addAttribute("overdue", campaigns.currentOverdue(user).orElse(null));
            model.addAttribute("belowTarget", belowTarget.schools(user));
            return "home/department";
        }
        if (user.has(Role.METHODOLOGIST)) {
            // issue 21: the practices waiting for the methodologist's moderation, the oldest first
            model.addAttribute("awaitingPractices", practices.awaitingModeration(user, AWAITING_SHOWN));
            return "home/methodologist";
        }
        if (user.has(Role.CURATOR) || user.has(Role.SCHOOL_HEAD)) {
            int year = java.time.LocalDate.now(clock).getYear();
            model.addAttribute("year", year);
            List<SchoolCard> cards = visible.stream().map(s -> {
                Pairing.Gaps gaps = pairing.gaps(s.id());
                return new SchoolCard(s, gaps, gaps.waiting().stream().limit(5).toList(),
                        schools.studentCount(s.id(), year).orElse(null));
            }).toList();
            // the mentees waiting for a mentor are named: a read of the minors among them, one row for the page
            audit.recordRead("VIEW", "Home", null, null, cards.stream().flatMap(c -> c.waiting().stream())
                    .filter(Participant::minor).map(Participant::id).toList());
            model.addAttribute("cards", cards);
        }
        if (user.has(Role.CURATOR)) {
            // pairs without a meeting for the school's N days (module meetings)
            model.addAttribute("stalledPairs", visible.stream().collect(java.util.stream.Collectors.toMap(
                    SchoolSummary::id, s -> meetings.stalledPairs(s.id()))));
            return "home/curator";
        }
        return "home/head";
    }
}

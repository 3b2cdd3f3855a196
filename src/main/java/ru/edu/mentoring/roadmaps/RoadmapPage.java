package ru.edu.mentoring.roadmaps;

import org.springframework.ui.Model;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.roadmaps.RoadmapViews.RoadmapView;

/** The model of a school roadmap's page ({@code roadmaps/show}), shown by its view and after a refused decision. */
final class RoadmapPage {

    static final String VIEW = "roadmaps/show";

    private RoadmapPage() {}

    static String show(RoadmapView view, CurrentUser user, Model model) {
        Roadmaps.Actions can = Roadmaps.actions(user, view);
        model.addAttribute("roadmap", view);
        model.addAttribute("isCurator", can.curator());
        model.addAttribute("canEdit", can.edit());
        model.addAttribute("canMarkProgress", can.markProgress());
        model.addAttribute("canSubmit", can.submit());
        model.addAttribute("canReopen", can.reopen());
        model.addAttribute("canDecide", can.decide());
        return VIEW;
    }
}

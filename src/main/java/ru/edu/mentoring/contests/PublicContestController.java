package ru.edu.mentoring.contests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public results of a contest, once final: places, schools, practices; mentors' names only with consent. */
@Controller
class PublicContestController {

    private final Contests contests;

    PublicContestController(Contests contests) {
        this.contests = contests;
    }

    @GetMapping("/public/contests/{id}")
    String results(@PathVariable long id, Model model) {
        model.addAttribute("r", contests.publicResults(id));
        return "contests/public";
    }
}

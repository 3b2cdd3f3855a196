package ru.edu.mentoring.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging helpers shared by every list page. */
public final class PageLinks {

    public static final int MAX_PAGE_SIZE = 100;

    private PageLinks() {}

    /** A page request with a sane page number and size, whatever the query string said. */
    public static Pageable request(Integer page, int size, Sort sort) {
        int p = page == null || page < 0 ? 0 : Math.min(page, 100_000);
        int s = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return PageRequest.of(p, s, sort);
    }

    /** The page numbers to show around the current one (at most 7). */
    public static List<Integer> window(Page<?> page) {
        int total = page.getTotalPages();
        int current = page.getNumber();
        int from = Math.max(0, Math.min(current - 3, total - 7));
        int to = Math.min(total - 1, from + 6);
        return java.util.stream.IntStream.rangeClosed(from, Math.max(from, to)).boxed().toList();
    }
}

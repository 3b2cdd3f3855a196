package ru.edu.mentoring.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.ApprovalDecided;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.ApprovalSubmitted;
import ru.edu.mentoring.schools.CuratorAppointed;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.CacheConfig;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * Makes notifications from the approval workflow's events (school roadmaps and reports) once their transaction has
 * committed: the department staff of the municipality hear of a submission (the school's head, of a programme), the school's curators of an approval or a
 * return. Each user reads only their
 * own.
 */
@Service
public class Notifications {

    /** A notification as the list shows it. */
    public record View(long id, NotificationKind kind, String schoolName, String actorName, String comment,
            String link, LocalDateTime createdAt, boolean unread) {}

    private final NotificationRepository notifications;
    private final Accounts accounts;
    private final Schools schools;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    /** Each user's unread count, by user id ({@link CacheConfig#BADGES}). */
    private final Cache badges;

    Notifications(NotificationRepository notifications, Accounts accounts, Schools schools, Clock clock,
            CacheManager caches, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.schools = schools;
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
        this.badges = caches.getCache(CacheConfig.BADGES);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ApprovalSubmitted e) {
        java.util.Set<Long> to = new java.util.LinkedHashSet<>(e.kind().decidedBySchoolHead()
                ? accounts.enabledUserIdsAtSchool(Role.SCHOOL_HEAD, e.schoolId())
                : accounts.enabledUserIdsInMunicipality(Role.DEPARTMENT, e.municipalityId()));
        if (e.kind() == ru.edu.mentoring.approval.SubjectKind.PRACTICE) {
            // practices are moderated by the municipality's methodologists as well (issue 21)
            to.addAll(accounts.enabledUserIdsInMunicipality(Role.METHODOLOGIST, e.municipalityId()));
        }
        send(List.copyOf(to),
                NotificationKind.of(e.kind(), ApprovalStatus.SUBMITTED), e.schoolId(), e.schoolName(),
                e.actorName(), null, e.kind().path(e.subjectId()));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ApprovalDecided e) {
        send(accounts.enabledUserIdsAtSchool(Role.CURATOR, e.schoolId()), NotificationKind.of(e.kind(), e.outcome()),
                e.schoolId(), e.schoolName(), e.actorName(), e.comment(), e.kind().path(e.subjectId()));
    }

    /**
     * A reminder (deadlines, pairs, consents) to these users, in the caller's transaction: the bell shows
     * {@code notification.<KIND>} with {@code subject} (a school or a campaign) and {@code detail}; the letters follow
     * the users' choices like every other notification.
     */
    @Transactional
    public void remind(Collection<Long> userIds, NotificationKind kind, Long schoolId, String subject, String detail,
            String link) {
        send(userIds, kind, schoolId, subject, detail, null, link);
    }

    /** The user appointed to a school by an order hears of it (their new school, the order's number). */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CuratorAppointed e) {
        String school = schools.shortNameOf(e.schoolId()).orElse("");
        send(List.of(e.userId()), e.deputy() ? NotificationKind.DEPUTY_APPOINTED : NotificationKind.CURATOR_APPOINTED,
                e.schoolId(), school, e.orderNumber(), null, "/schools/" + e.schoolId());
    }

    /**
     * Notifies each of the users (one notification of this kind each) in the current transaction, which is required:
     * the bell of each and, through {@link NotificationsCreated}, their letters in the mail outbox are written together
     * or not at all. One statement however many users (a municipality's whole staff).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Long> userIds, NotificationKind kind, Long schoolId, String schoolName,
            String actorName, String comment, String link) {
        if (userIds.isEmpty()) {
            return;
        }
        Long[] ids = userIds.toArray(Long[]::new);
        List<Long> created = jdbc.queryForList("insert into notification (user_id, kind, school_id, school_name,"
                + " actor_name, comment, link, created_at) select u, ?, ?, ?, ?, ?, ?, ? from unnest(?::bigint[]) u"
                + " returning id", Long.class, kind.name(), schoolId, schoolName, actorName, comment, link,
                Timestamp.from(clock.instant()), ids);
        for (long userId : ids) {
            forgetBadgeAfterCommit(userId);
        }
        events.publishEvent(new NotificationsCreated(kind, created));
    }

    /** The notifications of these ids (for their letters), by id. */
    @Transactional(readOnly = true)
    public Map<Long, View> byIds(Collection<Long> ids) {
        return notifications.findAllById(ids).stream().map(this::view)
                .collect(Collectors.toMap(View::id, Function.identity()));
    }

    private View view(Notification n) {
        return new View(n.getId(), n.getKind(), n.getSchoolName(), n.getActorName(), n.getComment(), n.getLink(),
                LocalDateTime.ofInstant(n.getCreatedAt(), clock.getZone()), n.getReadAt() == null);
    }

    /**
     * The unread count the navigation bar shows on every page, remembered per user on this instance for
     * {@code app.notifications.badge-ttl} (10 s): a change made through this instance shows at once, one made through
     * another instance within that time. {@link #unreadCount} is the exact figure.
     */
    public long unreadBadge(long userId) {
        Long unread = badges.get(userId, () -> unreadCount(userId));
        return unread == null ? 0 : unread;
    }

    /** Forgets the user's badge now and again once the current transaction has committed (a read in between
     * would otherwise remember the old count). */
    private void forgetBadgeAfterCommit(long userId) {
        badges.evict(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    badges.evict(userId);
                }
            });
        }
    }

    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    @Transactional(readOnly = true)
    Page<View> list(long userId, Pageable pageable) {
        return notifications.findByUserId(userId, pageable).map(this::view);
    }

    /** Marks the user's own notification read and gives its link; someone else's answers 404. */
    @Transactional
    String markRead(long userId, long id) {
        Notification n = notifications.findById(id).filter(x -> x.getUserId() == userId)
                .orElseThrow(NotFoundException::new);
        n.markRead(clock.instant());
        forgetBadgeAfterCommit(userId);
        return n.getLink();
    }

    @Transactional
    void markAllRead(long userId) {
        notifications.markAllRead(userId, clock.instant());
        forgetBadgeAfterCommit(userId);
    }
}

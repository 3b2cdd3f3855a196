package ru.edu.mentoring.audit;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Writes one audit row for every entity inserted, updated or deleted through JPA, in the same transaction: the
 * entity's name and id, its school where it has one, and for updates the names of the changed fields.
 */
@Component
class EntityChangeAudit implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    EntityChangeAudit(EntityManagerFactory emf) {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        // the enum values of a new row (a curator or a deputy, a draft or an active pair) tell which action it was
        List<String> kinds = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getState();
        for (int i = 0; state != null && i < state.length && i < names.length; i++) {
            if (state[i] instanceof Enum<?> e) {
                kinds.add(names[i] + "=" + e.name());
            } else {
                kinds.addAll(embeddedEnums(state[i]));
            }
        }
        write(event.getSession(), "CREATE", event.getEntity(), event.getId(), kinds.isEmpty() ? null
                : String.join(", ", kinds));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        List<String> changed = new ArrayList<>();
        int[] dirty = event.getDirtyProperties();
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getState();
        if (dirty != null) {
            for (int i : dirty) {
                // an enum's new value (a status, a kind) is no personal data and tells what happened: «status=APPROVED»
                Object value = state == null ? null : state[i];
                List<String> inside = value instanceof Enum<?> ? List.of() : embeddedEnums(value);
                changed.add(value instanceof Enum<?> e ? names[i] + "=" + e.name()
                        : inside.isEmpty() ? names[i] : String.join(", ", inside));
            }
        }
        write(event.getSession(), "UPDATE", event.getEntity(), event.getId(), String.join(", ", changed));
    }

    /**
     * The enum values inside an embedded value (the {@code approval.Approval} of a roadmap or a report), named by their
     * own field: «status=APPROVED», as if the entity held the status itself. Empty for anything not embeddable.
     */
    static List<String> embeddedEnums(Object value) {
        if (value == null || !value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (java.lang.reflect.Field f : value.getClass().getDeclaredFields()) {
            if (f.getType().isEnum() && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                try {
                    f.setAccessible(true);
                    Object v = f.get(value);
                    if (v instanceof Enum<?> e) {
                        out.add(f.getName() + "=" + e.name());
                    }
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // not readable: the property's name alone is recorded
                }
            }
        }
        return out;
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write(event.getSession(), "DELETE", event.getEntity(), event.getId(), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void write(org.hibernate.engine.spi.SharedSessionContractImplementor session, String action,
            Object entity, Object id,
            String details) {
        Long school = entity.getClass().getSimpleName().equals("School") && id instanceof Number n ? n.longValue()
                : schoolOf(entity);
        AuditLog.Pending row = new AuditLog.Pending(AuditLog.currentUser(), action, entity.getClass().getSimpleName(),
                idText(id), school, details);
        if (!session.isTransactionInProgress()) {
            session.doWork(connection -> AuditLog.writeAll(connection, List.of(row)));
            return;
        }
        PENDING.computeIfAbsent(session, PendingRows::register).rows.add(row);
    }

    /**
     * The rows of the sessions whose transaction is still open. They are written as one JDBC batch just before the
     * transaction commits, after Hibernate's last flush (a school's import of 10,000 people sent two audit statements
     * a row before: issue 17 point 9); a rollback drops them with the changes they describe.
     */
    private static final java.util.Map<Object, PendingRows> PENDING =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static final class PendingRows implements
            org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback,
            org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback {

        private final List<AuditLog.Pending> rows = new ArrayList<>();

        static PendingRows register(Object session) {
            PendingRows pending = new PendingRows();
            var callbacks = ((org.hibernate.engine.spi.SharedSessionContractImplementor) session)
                    .getTransactionCompletionCallbacks();
            callbacks.registerCallback((org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback)
                    pending);
            callbacks.registerCallback((org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback)
                    pending);
            return pending;
        }

        @Override
        public void doBeforeTransactionCompletion(org.hibernate.engine.spi.SharedSessionContractImplementor session) {
            if (!rows.isEmpty()) {
                List<AuditLog.Pending> all = List.copyOf(rows);
                rows.clear();
                session.doWork(connection -> AuditLog.writeAll(connection, all));
            }
        }

        @Override
        public void doAfterTransactionCompletion(boolean success,
                org.hibernate.engine.spi.SharedSessionContractImplementor session) {
            rows.clear();
            PENDING.remove(session);
        }
    }

    /** An id as the trail stores it: a composite id (a record) as its values joined by «:», never its toString. */
    static String idText(Object id) {
        if (id instanceof Record r) {
            List<String> parts = new ArrayList<>();
            for (var component : r.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    parts.add(String.valueOf(component.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    parts.add("?");
                }
            }
            return String.join(":", parts);
        }
        return id == null ? null : id.toString();
    }

    /**
     * The entity's school: its {@code getSchoolId()} or its {@code schoolId} field, whatever their visibility (the
     * entities are package-private, so a public-only lookup found none and left most rows without a school).
     */
    static Long schoolOf(Object entity) {
        try {
            Object value = SCHOOL_OF.get(entity.getClass()).apply(entity);
            return value instanceof Number n ? n.longValue() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** How an entity class names its school, looked up once per class (a failed lookup throws, and did per row). */
    private static final ClassValue<java.util.function.Function<Object, Object>> SCHOOL_OF = new ClassValue<>() {
        @Override
        protected java.util.function.Function<Object, Object> computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Method getter = c.getDeclaredMethod("getSchoolId");
                    getter.setAccessible(true);
                    return entity -> {
                        try {
                            return getter.invoke(entity);
                        } catch (ReflectiveOperationException e) {
                            return null;
                        }
                    };
                } catch (NoSuchMethodException e) {
                    // try the field, then the superclass
                } catch (RuntimeException e) {
                    return entity -> null;
                }
                try {
                    java.lang.reflect.Field field = c.getDeclaredField("schoolId");
                    field.setAccessible(true);
                    return entity -> {
                        try {
                            return field.get(entity);
                        } catch (ReflectiveOperationException e) {
                            return null;
                        }
                    };
                } catch (NoSuchFieldException e) {
                    // the superclass
                } catch (RuntimeException e) {
                    return entity -> null;
                }
            }
            return entity -> null;
        }
    };
}

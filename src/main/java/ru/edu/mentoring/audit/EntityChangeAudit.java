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
        write(event.getSession(), "CREATE", event.getEntity(), event.getId(), null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        List<String> changed = new ArrayList<>();
        int[] dirty = event.getDirtyProperties();
        String[] names = event.getPersister().getPropertyNames();
        if (dirty != null) {
            for (int i : dirty) {
                changed.add(names[i]);
            }
        }
        write(event.getSession(), "UPDATE", event.getEntity(), event.getId(), String.join(", ", changed));
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
        session.doWork(connection -> AuditLog.write(connection, action, entity.getClass().getSimpleName(), id, school,
                details));
    }

    static Long schoolOf(Object entity) {
        try {
            Method getter = entity.getClass().getMethod("getSchoolId");
            Object value = getter.invoke(entity);
            return value instanceof Number n ? n.longValue() : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}

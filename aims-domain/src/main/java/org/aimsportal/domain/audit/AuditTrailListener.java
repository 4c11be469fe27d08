package org.aimsportal.domain.audit;

import java.io.Serializable;
import java.util.function.Supplier;

import org.aimsportal.domain.shared.AuditedEntity;

import org.hibernate.HibernateException;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Writes every insert and update of an {@link AuditedEntity} to the audit trail inside the flush that
 * performs it, so no service can forget it and no change commits without its entry.
 */
class AuditTrailListener
		implements PostInsertEventListener, PostUpdateEventListener, PostCollectionUpdateEventListener {

	private final Supplier<String> actor;

	AuditTrailListener(Supplier<String> actor) {
		this.actor = actor;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (event.getEntity() instanceof AuditedEntity<?> entity) {
			FieldChanges changes = new FieldChanges(entity.getClass());
			String[] names = event.getPersister().getPropertyNames();
			Object[] state = event.getState();
			for (int i = 0; i < names.length; i++) {
				changes.add(names[i], null, state[i]);
			}
			write(event.getSession(), entity, AuditAction.CREATE, changes);
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (event.getEntity() instanceof AuditedEntity<?> entity && event.getOldState() != null) {
			FieldChanges changes = new FieldChanges(entity.getClass());
			String[] names = event.getPersister().getPropertyNames();
			Object[] before = event.getOldState();
			Object[] after = event.getState();
			for (int i = 0; i < names.length; i++) {
				if (!(after[i] instanceof PersistentCollection<?>)) {
					changes.add(names[i], before[i], after[i]);
				}
			}
			if (!changes.isEmpty()) {
				AuditAction action = changes.contains("archivedAt") ? AuditAction.ARCHIVE : AuditAction.UPDATE;
				write(event.getSession(), entity, action, changes);
			}
		}
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		if (event.getAffectedOwnerOrNull() instanceof AuditedEntity<?> owner) {
			PersistentCollection<?> collection = event.getCollection();
			String role = collection.getRole();
			String property = (role != null) ? role.substring(role.lastIndexOf('.') + 1) : "collection";
			Serializable snapshot = collection.getStoredSnapshot();
			FieldChanges changes = new FieldChanges(owner.getClass()).add(property, snapshot, collection);
			if (!changes.isEmpty()) {
				write(event.getSession(), owner, AuditAction.UPDATE, changes);
			}
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void write(SharedSessionContractImplementor session, AuditedEntity<?> entity, AuditAction action, FieldChanges changes) {
		String type = entity.getClass().getSimpleName();
		String id = entity.auditId();
		String json = changes.toJson();
		String who = this.actor.get();
		session.doWork((connection) -> {
			try {
				AuditTrailWriter.append(connection, who, type, id, action, json);
			}
			catch (java.sql.SQLException ex) {
				throw new HibernateException("Could not write the audit trail for " + type + " " + id, ex);
			}
		});
	}

}

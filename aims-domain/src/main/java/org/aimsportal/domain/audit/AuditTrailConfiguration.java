package org.aimsportal.domain.audit;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;

/** Hooks the audit-trail listener into Hibernate once the entity manager factory exists. */
@Configuration(proxyBeanMethods = false)
class AuditTrailConfiguration {

	@Bean
	SmartInitializingSingleton auditTrailRegistration(EntityManagerFactory entityManagerFactory,
			AuditorAware<String> auditorAware) {
		return () -> {
			AuditTrailListener listener = new AuditTrailListener(
					() -> auditorAware.getCurrentAuditor().orElse("system"));
			EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
				.getServiceRegistry()
				.requireService(EventListenerRegistry.class);
			registry.appendListeners(EventType.POST_INSERT, listener);
			registry.appendListeners(EventType.POST_UPDATE, listener);
			registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
		};
	}

}

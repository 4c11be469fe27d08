package org.aimsportal.domain.audit;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;

/**
 * Hooks the audit-trail listener into Hibernate as soon as the entity manager factory exists, before
 * any other bean can write data, so not even start-up data escapes the trail.
 */
@Configuration(proxyBeanMethods = false)
class AuditTrailConfiguration {

	@Bean
	static BeanPostProcessor auditTrailRegistration(ObjectProvider<AuditorAware<String>> auditorAware) {
		return new BeanPostProcessor() {
			private final java.util.Set<Object> registered = java.util.Collections
				.newSetFromMap(new java.util.IdentityHashMap<>());

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof EntityManagerFactory emf
						&& this.registered.add(emf.unwrap(SessionFactoryImplementor.class))) {
					AuditTrailListener listener = new AuditTrailListener(() -> auditorAware.getObject()
						.getCurrentAuditor()
						.orElse("system"));
					EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
						.getServiceRegistry()
						.requireService(EventListenerRegistry.class);
					registry.appendListeners(EventType.POST_INSERT, listener);
					registry.appendListeners(EventType.POST_UPDATE, listener);
					registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
				}
				return bean;
			}
		};
	}

}

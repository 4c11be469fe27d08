package org.aimsportal.domain.notification;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface NotificationRepository extends Repository<Notification, UUID> {

	Notification save(Notification notification);

	Optional<Notification> findByIdAndRecipientId(UUID id, UUID recipientId);

	Page<Notification> findByRecipientIdOrderByCreatedAtDesc(UUID recipientId, Pageable pageable);


	boolean existsByRecipientIdAndDedupKey(UUID recipientId, String dedupKey);

	@Modifying
	@Query("update Notification n set n.readAt = current_timestamp where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(UUID recipientId);

}

package org.aimsportal.web.api;

import java.util.List;
import java.util.Map;

import org.aimsportal.domain.shared.NotFoundException;
import org.aimsportal.domain.shared.VersionConflictException;
import org.aimsportal.lifecycle.inventory.DuplicateReferenceCodeException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error is an RFC 9457 problem detail; validation errors list each field. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
		problem.setTitle("Validation failed");
		List<Map<String, Object>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> Map.<String, Object>of("field", e.getField(), "message",
					(e.getDefaultMessage() != null) ? e.getDefaultMessage() : "invalid"))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(VersionConflictException.class)
	ProblemDetail conflict(VersionConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Version conflict", ex.getMessage());
		problem.setProperty("yourVersion", ex.expectedVersion());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler({ DuplicateReferenceCodeException.class, DataIntegrityViolationException.class })
	ProblemDetail duplicate(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "Duplicate", (ex instanceof DuplicateReferenceCodeException)
				? ex.getMessage() : "The record conflicts with an existing one.");
	}

	@ExceptionHandler({ IllegalArgumentException.class, IllegalStateException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, (detail != null) ? detail : title);
		problem.setTitle(title);
		return problem;
	}

}

package org.aimsportal.web.api;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.aimsportal.domain.system.AiSystemFilter;
import org.aimsportal.domain.system.AiSystemRow;
import org.aimsportal.domain.system.AiSystemSort;
import org.aimsportal.domain.system.EuRiskTier;
import org.aimsportal.domain.system.LifecycleStage;
import org.aimsportal.domain.system.TriageOutcome;
import org.aimsportal.lifecycle.inventory.AiSystemService;
import org.aimsportal.lifecycle.inventory.RegisterAiSystemCommand;
import org.aimsportal.lifecycle.inventory.UpdateAiSystemCommand;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/ai-systems")
@Tag(name = "AI systems", description = "The AI-system inventory")
@SecurityRequirement(name = "bearer")
class AiSystemApiController {

	private final AiSystemService systems;

	AiSystemApiController(AiSystemService systems) {
		this.systems = systems;
	}

	@GetMapping
	@Operation(summary = "List AI systems", description = "Paged, sorted and filtered; sort is one of code, name, "
			+ "stage, tier, triage, unit, owner, updated, with dir asc or desc.")
	AiSystemResource.Page<AiSystemResource.Summary> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "asc") String dir, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LifecycleStage stage,
			@RequestParam(required = false) @Nullable EuRiskTier tier,
			@RequestParam(required = false) @Nullable UUID owner, @RequestParam(required = false) @Nullable UUID unit,
			@RequestParam(required = false) @Nullable TriageOutcome triage,
			@RequestParam(defaultValue = "false") boolean archived) {
		AiSystemSort column = AiSystemSort.valueOf(sort.toUpperCase(Locale.ROOT));
		Sort.Direction direction = Sort.Direction.fromString(dir);
		Page<AiSystemRow> result = this.systems.search(
				new AiSystemFilter(q, stage, tier, owner, unit, triage, null, archived), column, direction, page, size);
		return new AiSystemResource.Page<>(result.getContent().stream().map(AiSystemResource.Summary::of).toList(),
				result.getNumber(), result.getSize(), result.getTotalElements(), result.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one AI system")
	AiSystemResource get(@PathVariable UUID id) {
		return AiSystemResource.of(this.systems.get(id));
	}

	@PostMapping
	@Operation(summary = "Register an AI system")
	ResponseEntity<AiSystemResource> create(@Valid @RequestBody AiSystemRequest request) {
		if (request.referenceCode() == null) {
			throw new IllegalArgumentException("referenceCode is required");
		}
		UUID id = this.systems.register(new RegisterAiSystemCommand(request.referenceCode(), request.toDetails()));
		return ResponseEntity.created(URI.create("/api/v1/ai-systems/" + id))
			.body(AiSystemResource.of(this.systems.get(id)));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an AI system", description = "Send the version you read; if the system changed "
			+ "since, the answer is 409 and nothing is written.")
	AiSystemResource update(@PathVariable UUID id, @Valid @RequestBody AiSystemRequest request) {
		if (request.version() == null) {
			throw new IllegalArgumentException("version is required on update");
		}
		this.systems.update(new UpdateAiSystemCommand(id, request.version(), request.toDetails()));
		return AiSystemResource.of(this.systems.get(id));
	}

}

package org.aimsportal.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module arrows point one way: web → risk, lifecycle, audit → domain; siblings never meet. */
class ArchitectureTests {

	static JavaClasses classes;

	@BeforeAll
	static void importProduction() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.aimsportal");
	}

	@Test
	void theDomainDependsOnNoOtherModule() {
		noClasses().that().resideInAPackage("org.aimsportal.domain..")
			.should().dependOnClassesThat()
			.resideInAnyPackage("org.aimsportal.risk..", "org.aimsportal.lifecycle..", "org.aimsportal.audit..",
					"org.aimsportal.web..", "org.aimsportal.app..")
			.check(classes);
	}

	@Test
	void serviceModulesNeverDependOnEachOtherOrOnTheWeb() {
		slices().matching("org.aimsportal.(risk|lifecycle|audit)..").should().notDependOnEachOther().check(classes);
		noClasses().that().resideInAnyPackage("org.aimsportal.risk..", "org.aimsportal.lifecycle..", "org.aimsportal.audit..")
			.should().dependOnClassesThat()
			.resideInAnyPackage("org.aimsportal.web..", "org.aimsportal.app..", "jakarta.servlet..", "org.thymeleaf..",
					"org.springframework.web..")
			.check(classes);
	}

	@Test
	void controllersLiveInTheWebPackagesAndAreNotPublic() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAPackage("org.aimsportal.web..")
			.andShould().notBePublic()
			.check(classes);
	}

	@Test
	void theWebLayerNeverTouchesARepository() {
		noClasses().that().resideInAPackage("org.aimsportal.web..")
			.should().dependOnClassesThat().areAssignableTo(Repository.class)
			.check(classes);
	}

	@Test
	void servletAndThymeleafTypesStayInTheWebModule() {
		noClasses().that().resideInAnyPackage("org.aimsportal.domain..", "org.aimsportal.risk..",
				"org.aimsportal.lifecycle..", "org.aimsportal.audit..")
			.should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.thymeleaf..")
			.check(classes);
	}

}

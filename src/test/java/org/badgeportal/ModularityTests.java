package org.badgeportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;
import org.springframework.modulith.docs.Documenter;

/**
 * The portal's modules are the packages directly under {@code org.badgeportal}. Their dependencies form no
 * cycle, and a module uses only another module's top-level package (its sub-packages are its own business).
 * The module documentation in {@code src/docs/modules} is written from the same model by this test.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(BadgePortalApplication.class);

    @Test
    void modulesFormNoCycleAndUseEachOthersPublicPartsOnly() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Options.defaults().withOutputFolder("src/docs/modules"))
                .writeModulesAsPlantUml(DiagramOptions.defaults())
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

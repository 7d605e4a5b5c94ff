package io.pagewright.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that users deploy, exactly as the build produced it. */
final class Deployments {
    private Deployments() {}

    static WebArchive pagewright() {
        File war =
                new File(System.getProperty("it.deployment", "target/deployments/pagewright.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}

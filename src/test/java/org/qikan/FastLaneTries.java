package org.qikan;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A jqwik property's tries in the fast lane: {@code @Property(tries = 200) @FastLaneTries(50)} runs 50 tries under
 * {@code mvn test} and 200 in the thorough run (see {@link Thorough}; its class is tagged {@value Thorough#TAG}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(FastLaneTries.Hook.class)
public @interface FastLaneTries {
    int value();

    /** Lowers the property's tries to the fast lane's unless the run is thorough. */
    class Hook implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            int fastLane = context.findAnnotation(FastLaneTries.class).orElseThrow().value();
            int all = context.attributes().tries().orElseThrow(() -> new IllegalStateException(
                    context.label() + ": @FastLaneTries needs the property's own @Property(tries = …)"));
            context.attributes().setTries(Thorough.tries(all, fastLane));
            return property.execute();
        }
    }
}

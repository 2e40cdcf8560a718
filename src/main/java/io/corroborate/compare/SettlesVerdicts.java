package io.corroborate.compare;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a transactional write: before the transaction commits, the comparisons its writes outdated are recomputed
 * in it, so the writer's next read (and everyone's after the commit) sees verdicts that match the claims.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SettlesVerdicts {
}

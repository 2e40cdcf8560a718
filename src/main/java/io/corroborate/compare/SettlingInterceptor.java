package io.corroborate.compare;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs inside @Transactional (whose interceptor has priority PLATFORM_BEFORE + 200), after the method's writes. */
@SettlesVerdicts
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class SettlingInterceptor {

    private final ComparisonStore comparisons;

    public SettlingInterceptor(ComparisonStore comparisons) {
        this.comparisons = comparisons;
    }

    @AroundInvoke
    Object settle(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (QuarkusTransaction.isActive() && !QuarkusTransaction.isRollbackOnly()) {
            comparisons.settleOwnChanges();
        }
        return result;
    }
}

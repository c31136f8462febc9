package org.switchover.workflow.crash;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Weaves {@link CrashPoints} into the controller's two edges, as the classes load: every NETCONF
 * RPC the SSH session sends, and every statement and transaction the journal's SQLite file runs.
 * The controller's own code is not changed; what runs is the product as users run it.
 */
final class CrashPointAgent {

    private CrashPointAgent() {}

    /** Must run before the session and journal classes are loaded (the JVM was started with byte-buddy-agent as -javaagent). */
    static void install() {
        Instrumentation inst = ByteBuddyAgent.getInstrumentation();
        new AgentBuilder.Default()
                .type(named("org.switchover.netconf.SshNetconfSession"))
                .transform((b, type, loader, module, domain) -> b.visit(Advice.to(RpcAdvice.class).on(named("send").and(takesArguments(2)))))
                .type(named("org.switchover.journal.SqliteFile"))
                .transform((b, type, loader, module, domain) -> b
                        .visit(Advice.to(WriteAdvice.class).on(named("insert").or(named("update"))))
                        .visit(Advice.to(TransactionAdvice.class).on(named("inTransaction"))))
                .installOn(inst);
    }

    /** Around {@code SshNetconfSession.send(operationXml, timeout)}. */
    static final class RpcAdvice {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object session, @Advice.Argument(0) String operationXml) {
            CrashPoints.rpc(false, session, operationXml);
        }

        // only after an answer came: a failed RPC is the device's side of the story
        @Advice.OnMethodExit
        static void exit(@Advice.This Object session, @Advice.Argument(0) String operationXml) {
            CrashPoints.rpc(true, session, operationXml);
        }
    }

    /** Around {@code SqliteFile.insert/update(sql, params)}. */
    static final class WriteAdvice {
        @Advice.OnMethodEnter
        static void enter(@Advice.Argument(0) String sql) {
            CrashPoints.write(false, sql);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Argument(0) String sql) {
            CrashPoints.write(true, sql);
        }
    }

    /** Around {@code SqliteFile.inTransaction(work)}. */
    static final class TransactionAdvice {
        @Advice.OnMethodEnter
        static void enter() {
            CrashPoints.transaction(false);
        }

        @Advice.OnMethodExit
        static void exit() {
            CrashPoints.transaction(true);
        }
    }
}

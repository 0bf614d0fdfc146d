package com.messageguard.ledger;

import com.messageguard.engine.CheckEngine;
import com.messageguard.rules.review.ReviewLanguage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's beans, only while {@code messageguard.ledger.enabled} is not false. The data source,
 * the connection pool, the transaction manager and Flyway are Spring Boot's, configured with
 * {@code spring.datasource.*}; {@code application.yaml} turns Flyway and the pool's use off with
 * the ledger.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLedgerEnabled
@EnableScheduling
public class LedgerConfiguration {

    @Bean
    LedgerTime ledgerTime(LedgerProperties properties) {
        return new LedgerTime(Clock.systemUTC(), properties.zone());
    }

    @Bean(destroyMethod = "close")
    LedgerCalls ledgerCalls(LedgerProperties properties) {
        return new LedgerCalls(properties.threads(), Clock.systemUTC());
    }

    @Bean
    SentMessageRepository sentMessageRepository(JdbcClient jdbc) {
        return new SentMessageRepository(jdbc);
    }

    @Bean
    LedgerMetrics ledgerMetrics(MeterRegistry meters) {
        return new LedgerMetrics(meters);
    }

    @Bean
    LedgerLookup ledgerLookup(LedgerCalls calls, SentMessageRepository repository, LedgerTime time,
            LedgerMetrics metrics, LedgerProperties properties) {
        return new LedgerLookup(calls, repository, time, metrics, properties.lookupTimeout());
    }

    @Bean
    MessageRecorder messageRecorder(LedgerCalls calls, SentMessageRepository repository,
            PlatformTransactionManager transactionManager, CheckEngine engine, ReviewLanguage reviews, LedgerTime time,
            LedgerMetrics metrics, LedgerProperties properties) {
        return new MessageRecorder(calls, repository, new TransactionTemplate(transactionManager), engine, reviews, time,
                metrics, properties.writeTimeout());
    }

    @Bean
    SentMessageHistory sentMessageHistory(LedgerCalls calls, SentMessageRepository repository,
            PlatformTransactionManager transactionManager, LedgerTime time, LedgerMetrics metrics,
            LedgerProperties properties) {
        return new SentMessageHistory(calls, repository, new TransactionTemplate(transactionManager), time, metrics,
                properties.writeTimeout());
    }

    @Bean
    RetentionPurge retentionPurge(SentMessageRepository repository, LedgerTime time, LedgerMetrics metrics,
            LedgerProperties properties) {
        return new RetentionPurge(repository, time, metrics, properties.retention(), properties.purgeInterval());
    }

    /** "ledger" in /health and in the readiness group (application.yaml). */
    @Bean("ledger")
    LedgerHealthIndicator ledgerHealthIndicator(LedgerCalls calls, SentMessageRepository repository) {
        return new LedgerHealthIndicator(calls, repository);
    }
}

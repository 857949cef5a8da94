package com.amrs.api.plants;

import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.PlantMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Wakes the edge's publisher when rows reach the outbox: the outbox's trigger notifies channel {@code kafka_outbox}
 * at the commit that wrote them (V25). Listens on one connection of the pool, kept open; while the database is away
 * it waits the whole time asked instead. Used by the publisher's thread alone.
 */
@Component
@ConditionalOnPlantMode(PlantMode.EDGE)
class OutboxWakeUp implements AutoCloseable {

    static final String CHANNEL = "kafka_outbox";

    private final DataSource dataSource;
    private Connection connection;

    OutboxWakeUp(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns when rows may have arrived: at a notification, or after {@code wait} at most. */
    void await(Duration wait) throws InterruptedException {
        try {
            listening().getNotifications((int) Math.max(1, wait.toMillis()));
        } catch (SQLException e) {
            close();
            Thread.sleep(wait);
        }
    }

    private PGConnection listening() throws SQLException {
        if (connection == null) {
            Connection opened = dataSource.getConnection();
            try (Statement statement = opened.createStatement()) {
                opened.setAutoCommit(true);
                statement.execute("listen " + CHANNEL);
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
        }
        return connection.unwrap(PGConnection.class);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // a broken connection is closed already
            }
            connection = null;
        }
    }
}

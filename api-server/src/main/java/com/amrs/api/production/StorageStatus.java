package com.amrs.api.production;

import com.amrs.api.system.StorageHealth;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class StorageStatus implements StorageHealth {

    private final ProductionBuffer buffer;
    private final JdbcClient jdbc;

    StorageStatus(ProductionBuffer buffer, JdbcClient jdbc) {
        this.buffer = buffer;
        this.jdbc = jdbc;
    }

    @Override
    public Storage storage() {
        return new Storage(buffer.size(), buffer.spoolBytes(), rejectedRecords());
    }

    private Long rejectedRecords() {
        try {
            return jdbc.sql("select count(*) from rejected_records")
                    .query(Long.class)
                    .single();
        } catch (DataAccessException e) {
            return null;
        }
    }
}

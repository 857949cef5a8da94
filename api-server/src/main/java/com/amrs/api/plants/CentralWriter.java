package com.amrs.api.plants;

import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionStore;
import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.KafkaLinkProperties;
import com.amrs.api.system.PlantMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one poll of the central consumer in one transaction (DESIGN.md §19): records the careful way, so that
 * a record Kafka delivers again is stored once; stops and alerts as their edge last published them. A message
 * that cannot be read is kept in {@code rejected_records} and costs no other message its write.
 */
@Component
@ConditionalOnPlantMode(PlantMode.CENTRAL)
class CentralWriter {

    private static final Logger log = LoggerFactory.getLogger(CentralWriter.class);

    private final ProductionStore store;
    private final CentralRows rows;
    private final TransactionTemplate transactions;

    CentralWriter(ProductionStore store, CentralRows rows, TransactionTemplate transactions) {
        this.store = store;
        this.rows = rows;
        this.transactions = transactions;
    }

    /** Returns how many records it stored anew. */
    int write(ConsumerRecords<String, String> messages) {
        Integer stored = transactions.execute(status -> writeAll(messages));
        return stored == null ? 0 : stored;
    }

    private int writeAll(ConsumerRecords<String, String> messages) {
        Map<String, List<NewRecord>> recordsByPlant = new LinkedHashMap<>();
        List<ConsumerRecord<String, String>> changes = new ArrayList<>();
        for (ConsumerRecord<String, String> message : messages) {
            if (!message.topic().equals(KafkaLinkProperties.PRODUCTION_TOPIC)) {
                changes.add(message);
                continue;
            }
            try {
                PublishedRecord record = PublishedRecord.parse(message.value());
                recordsByPlant
                        .computeIfAbsent(record.plantId(), plant -> new ArrayList<>())
                        .add(record.toNewRecord());
            } catch (RuntimeException e) {
                rows.reject(message, e);
            }
        }
        Set<String> plants = new TreeSet<>(recordsByPlant.keySet());
        changes.forEach(change -> plants.add(plantOf(change.key())));
        rows.seen(plants);
        int stored = 0;
        for (var plant : recordsByPlant.entrySet()) {
            var result = store.storeFromPlant(plant.getKey(), plant.getValue());
            stored += result.stored();
            for (var refused : result.rejected()) {
                log.warn(
                        "Plant {}: the database refused a record of {}: {}",
                        plant.getKey(),
                        refused.record().record().machineId(),
                        refused.reason());
            }
        }
        for (ConsumerRecord<String, String> change : changes) {
            rows.apply(change);
        }
        return stored;
    }

    /** The plant of a message's key, {@code <plant>/<machine_id>}. */
    private static String plantOf(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        return slash > 0 ? key.substring(0, slash) : "default";
    }
}

#!/usr/bin/env bash
# Uploads the Themaplein configset to ZooKeeper and creates the collection when it does not exist.
# Safe to run again: a second run only refreshes the configset and reloads the collection.
set -euo pipefail

until solr zk ls / -z "$ZK_HOST" >/dev/null 2>&1; do sleep 2; done
solr zk upconfig -n "$COLLECTION" -d /configset -z "$ZK_HOST"

until curl -fsS "$SOLR_URL/admin/info/system" >/dev/null; do sleep 2; done
if curl -fsS "$SOLR_URL/admin/collections?action=LIST" | grep -q "\"$COLLECTION\""; then
    curl -fsS "$SOLR_URL/admin/collections?action=RELOAD&name=$COLLECTION" >/dev/null
    echo "collection $COLLECTION reloaded with the new configset"
else
    create="action=CREATE&name=$COLLECTION&numShards=$SHARDS&replicationFactor=$REPLICAS"
    curl -fsS "$SOLR_URL/admin/collections?$create&collection.configName=$COLLECTION" >/dev/null
    echo "collection $COLLECTION created ($SHARDS shards x $REPLICAS replicas)"
fi

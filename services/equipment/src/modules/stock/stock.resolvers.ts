import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

export const stockResolvers: Resolvers = {
  Query: {
    stockOnHand: (_root, { itemId, location }, { stock }) => stock.levels({ itemId, location }),
    stockMovements: (_root, { lotId }, { stock }) => stock.movements(lotId),
    lotsExpiring: (_root, args, { stock }) => stock.expiring(args),
  },
  Mutation: {
    receiveStock: (_root, { input }, { stock }) => stock.receive(input),
    recordStockUse: (_root, { input }, { stock }) => stock.withdraw("used", input),
    recordWaste: (_root, { input }, { stock }) => stock.withdraw("wasted", input),
    adjustStock: (_root, { input }, { stock }) => stock.adjust(input),
  },
  Lot: {
    item: (lot, _args, { items }) => items.loadOrFail(lot.itemId),
    expiresOn: (lot) => lot.expiresOn ?? null,
    onHand: (lot, _args, { stock }) => stock.lotOnHand(lot.id),
  },
  StockLevel: {
    item: (row, _args, { items }) => items.loadOrFail(row.itemId),
    lot: (row, _args, { stock }) => stock.loadLotOrFail(row.lotId),
  },
  StockMovement: {
    lot: (movement, _args, { stock }) => stock.loadLotOrFail(movement.lotId),
    kind: (movement) => toGraphQLEnum(movement.kind),
    reason: (movement) => movement.reason ?? null,
  },
  ExpiringLot: {
    lot: (row, _args, { stock }) => stock.loadLotOrFail(row.lotId),
    item: (row, _args, { items }) => items.loadOrFail(row.itemId),
  },
};

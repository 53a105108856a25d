-- Workshop sessions, the rest of issue 15: Follow me, idea groups, removal from the attendance,
-- and the stakeholders of the register invited to a session.

-- Follow me: while on, every participant's plan view shows the current agenda item's section.
ALTER TABLE workshops ADD COLUMN follow_me INTEGER NOT NULL DEFAULT 0;
-- JSON array of ids of the city's stakeholder register, chosen when the session is prepared.
ALTER TABLE workshops ADD COLUMN invited_stakeholder_ids TEXT NOT NULL DEFAULT '[]';

-- Removed from the attendance by whoever runs the session (kept, not deleted: their ideas and
-- votes stay). A removed guest's pass stops working.
ALTER TABLE workshop_participants ADD COLUMN removed_at TEXT;
-- The register's entry of someone the facilitator marked present (an invited stakeholder without a device).
ALTER TABLE workshop_participants ADD COLUMN stakeholder_id TEXT;

-- The label of the group the facilitator put the idea in; NULL while ungrouped.
ALTER TABLE workshop_ideas ADD COLUMN group_label TEXT;

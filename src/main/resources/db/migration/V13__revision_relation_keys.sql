-- The data editor's rows refer to other rows through their relations (@ManyToOne) instead of raw id columns: the
-- revisions already saved name those fields as the form now does (campusId → campus, grantId → grant, ruleId →
-- conditions, grantAId → grantA, grantBId → grantB, contactPointId → contactPoint), so that they can be restored.
update revision set snapshot = (
    select jsonb_object_agg(case key
                                when 'campusId' then 'campus'
                                when 'grantId' then 'grant'
                                when 'ruleId' then 'conditions'
                                when 'grantAId' then 'grantA'
                                when 'grantBId' then 'grantB'
                                when 'contactPointId' then 'contactPoint'
                                else key end, value)
    from jsonb_each(snapshot::jsonb))::text
where object_type in ('chronologie', 'contacts', 'lieux', 'criteres-aides', 'montants-aides', 'regles-aides',
                      'durees-aides', 'cumuls-aides', 'regles-orientation')
  and snapshot::jsonb ?| array['campusId', 'grantId', 'ruleId', 'grantAId', 'grantBId', 'contactPointId'];
